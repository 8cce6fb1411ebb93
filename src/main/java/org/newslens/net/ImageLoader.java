package org.newslens.net;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the images of an article when the user asks for them, through the one {@link Fetcher} (so
 * its redirects, address policy, User-Agent, per-host politeness and no-cookies rule hold), and keeps
 * their bytes in a bounded in-memory cache so that going back to an article does not fetch again.
 * <ul>
 * <li>only http and https; an image may not reach into a more private network than its article
 * (a page from a public host cannot make us request 192.168.1.1 or 127.0.0.1);</li>
 * <li>only a PNG, JPEG, GIF or BMP (what the window can decode): the Content-Type must say so and the
 * bytes must begin like one. SVG is refused (it can carry script), as is anything else;</li>
 * <li>at most {@link #MAX_BYTES} per image (after decompression), {@link #MAX_PER_ARTICLE} per article
 * (the caller's limit).</li>
 * </ul>
 * Thread-safe: several background tasks may load at once.
 */
public final class ImageLoader {
    /** The most one image may weigh. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The most images loaded for one article; the rest stay placeholders. */
    public static final int MAX_PER_ARTICLE = 50;
    /** What the cache holds at most, in bytes. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;
    static final String ACCEPT = "image/png, image/jpeg, image/gif, image/bmp;q=0.9";

    private final Fetcher fetcher;
    private final AddressPolicy policy;
    private final long maxBytes;
    private final long cacheBytes;
    /** Least recently used first. */
    private final LinkedHashMap<String, LoadedImage> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cached;

    /** The loader with the default caps on {@code fetcher}, checking addresses with the system resolver. */
    public ImageLoader(Fetcher fetcher) {
        this(fetcher, AddressPolicy.system(), MAX_BYTES, DEFAULT_CACHE_BYTES);
    }

    public ImageLoader(Fetcher fetcher, AddressPolicy policy, long maxBytes, long cacheBytes) {
        if (maxBytes <= 0 || cacheBytes < 0) {
            throw new IllegalArgumentException("caps must be positive");
        }
        this.fetcher = fetcher;
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.cacheBytes = cacheBytes;
    }

    /** The image if it is in the cache (no fetch). */
    public Optional<LoadedImage> cached(URI image) {
        synchronized (cache) {
            return Optional.ofNullable(cache.get(key(image)));
        }
    }

    /**
     * The image at {@code image}, from the cache or fetched.
     *
     * @param page the article's own address (http/https), or null for an article from a file: then the
     *             image must be on a public address
     * @throws ImageException with the reason it was not loaded
     */
    public LoadedImage load(URI image, URI page) throws ImageException, InterruptedException {
        Optional<LoadedImage> hit = cached(image);
        if (hit.isPresent()) {
            return hit.get();
        }
        String scheme = image.getScheme() == null ? "" : image.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImageException("only http and https images are loaded", null);
        }
        FetchResponse r;
        try {
            policy.checkReach(image, reach(page));
            r = fetcher.fetch(new FetchRequest(image, null, null, ACCEPT, maxBytes));
        } catch (FetchException e) {
            throw new ImageException(e.kind() == FetchException.Kind.TOO_LARGE
                    ? "image over " + Reasons.size(maxBytes) : e.reason(), e);
        }
        LoadedImage loaded = new LoadedImage(image, check(r.contentType(), r.body()), r.body());
        remember(loaded);
        return loaded;
    }

    /** The reach of the article's address; a file (or an address that does not resolve) reaches only public space. */
    private AddressPolicy.Scope reach(URI page) {
        if (page == null || page.getHost() == null) {
            return AddressPolicy.Scope.PUBLIC;
        }
        try {
            return policy.start(page);
        } catch (FetchException e) {
            return AddressPolicy.Scope.PUBLIC;
        }
    }

    /**
     * The format of an image the window can show, checked against its declared type and its first
     * bytes; else the reason it is refused.
     */
    static String check(String contentType, byte[] body) throws ImageException {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            throw new ImageException("not an image (no content type)", null);
        }
        if (type.equals("image/svg+xml") || type.contains("svg")) {
            throw new ImageException("SVG images are not loaded (they can carry script)", null);
        }
        if (!type.startsWith("image/")) {
            throw new ImageException("not an image (" + type + ")", null);
        }
        String declared = switch (type) {
            case "image/png", "image/apng" -> "png";
            case "image/jpeg", "image/jpg", "image/pjpeg" -> "jpeg";
            case "image/gif" -> "gif";
            case "image/bmp", "image/x-bmp", "image/x-ms-bmp" -> "bmp";
            default -> null;
        };
        if (declared == null) {
            throw new ImageException("unsupported image type " + type, null);
        }
        String actual = sniff(body);
        if (actual == null) {
            throw new ImageException("not a valid " + declared.toUpperCase(Locale.ROOT) + " image", null);
        }
        return actual; // servers mislabel PNG and JPEG often; the bytes say what it is
    }

    /** The format the bytes begin as, or null. */
    static String sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "jpeg";
        if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) return "gif";
        if (starts(b, 'B', 'M') && b.length > 26) return "bmp";
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private void remember(LoadedImage image) {
        long size = image.bytes().length;
        if (size > cacheBytes) {
            return;
        }
        synchronized (cache) {
            LoadedImage old = cache.put(key(image.uri()), image);
            if (old != null) {
                cached -= old.bytes().length;
            }
            cached += size;
            Iterator<Map.Entry<String, LoadedImage>> eldest = cache.entrySet().iterator();
            while (cached > cacheBytes && eldest.hasNext()) {
                cached -= eldest.next().getValue().bytes().length;
                eldest.remove();
            }
        }
    }

    /** Bytes held by the cache now. */
    public long cachedBytes() {
        synchronized (cache) {
            return cached;
        }
    }

    private static String key(URI uri) {
        return uri.toString();
    }
}
