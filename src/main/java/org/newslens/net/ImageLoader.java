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
    /**
     * The most pixels an image may have: a small file can decode to gigabytes (a 30,000 × 30,000 PNG
     * of one colour), so the size in the header is checked before anything decodes it.
     */
    public static final long MAX_PIXELS = 24_000_000L;
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
        String format = check(r.contentType(), r.body());
        int[] size = dimensions(format, r.body());
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new ImageException("not a valid " + format.toUpperCase(Locale.ROOT) + " image", null);
        }
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new ImageException("image too large to show (" + size[0] + " × " + size[1] + " pixels)", null);
        }
        LoadedImage loaded = new LoadedImage(image, format, size[0], size[1], r.body());
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

    /** Width and height from the image's header, or null when the header is not there or not readable. */
    static int[] dimensions(String format, byte[] b) {
        return switch (format) {
            case "png" -> b.length >= 24 && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R'
                    ? new int[] {int32be(b, 16), int32be(b, 20)} : null;
            case "gif" -> b.length >= 10 ? new int[] {u16le(b, 6), u16le(b, 8)} : null;
            case "bmp" -> b.length >= 26 ? new int[] {int32le(b, 18), Math.abs(int32le(b, 22))} : null;
            case "jpeg" -> jpegDimensions(b);
            default -> null;
        };
    }

    /** The frame header (SOFn) of a JPEG: the segments before it are skipped by their lengths. */
    private static int[] jpegDimensions(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null; // end of image or start of scan before any frame header
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 8 >= b.length) {
                    return null;
                }
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new int[] {width, height};
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32be(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int int32le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 3] & 0xFF) << 24);
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
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
