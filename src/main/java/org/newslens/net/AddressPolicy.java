package org.newslens.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a fetch may go. The first address sets the reach: a fetch that starts on a public host
 * stays on public addresses (a redirect to loopback, link-local, private or unique-local space is
 * refused: no page can make us probe the user's network); one that starts on such an address (a
 * LAN server, 127.0.0.1 in tests) may also stay in that same kind of space. Redirects keep to
 * http/https and never go from https to http.
 *
 * <p>The check resolves names with the given {@link Resolver}; the HTTP client resolves again when
 * it connects, so a name whose DNS answer changes in between (rebinding) is not covered.
 */
public final class AddressPolicy {
    /** Name resolution, injectable so that tests can say what a host name resolves to. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The kind of space an address is in; the label words a refusal. */
    public enum Scope {
        PUBLIC("public"),
        PRIVATE("private network"),
        LINK_LOCAL("link-local"),
        LOOPBACK("loopback"),
        RESERVED("reserved");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Resolver resolver;

    public AddressPolicy(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The policy on the system's resolver. */
    public static AddressPolicy system() {
        return new AddressPolicy(InetAddress::getAllByName);
    }

    /**
     * Checks the first address of a fetch and tells its reach.
     *
     * @throws FetchException SCHEME_REFUSED for anything but http/https with a host; NETWORK when the
     *                        host name does not resolve
     */
    public Scope start(URI uri) throws FetchException {
        String scheme = scheme(uri);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(FetchException.Kind.SCHEME_REFUSED, "only http and https addresses can be opened");
        }
        requireHost(uri, "no host in the address");
        Scope widest = null;
        for (InetAddress a : resolve(uri)) {
            Scope s = scope(a);
            if (s == Scope.PUBLIC) {
                return Scope.PUBLIC;
            }
            if (widest == null) {
                widest = s;
            }
        }
        return widest;
    }

    /**
     * Checks a redirect from {@code from} to {@code to} in a fetch whose first address had the reach
     * {@code origin}.
     *
     * @throws FetchException SCHEME_REFUSED (not http/https), REDIRECT_REFUSED (https to http),
     *                        ADDRESS_REFUSED (out of reach), NETWORK (the name does not resolve)
     */
    public void checkRedirect(URI from, URI to, Scope origin) throws FetchException {
        String scheme = scheme(to);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(FetchException.Kind.SCHEME_REFUSED,
                    "redirect to " + (scheme.isEmpty() ? "an address without a scheme" : "a " + scheme + ": address") + " refused");
        }
        requireHost(to, "redirect to an address without a host refused");
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            throw refused(FetchException.Kind.REDIRECT_REFUSED, "redirect from https to http refused");
        }
        checkReach(to, origin);
    }

    /**
     * Checks that every address of {@code to}'s host is public or in the same kind of space as
     * {@code origin} (a link or image of a page fetched from a public host may not reach into the
     * user's network).
     *
     * @throws FetchException ADDRESS_REFUSED (out of reach), NETWORK (the name does not resolve)
     */
    public void checkReach(URI to, Scope origin) throws FetchException {
        requireHost(to, "no host in the address");
        for (InetAddress a : resolve(to)) {
            Scope s = scope(a);
            if (s == Scope.RESERVED || (s != Scope.PUBLIC && s != origin)) {
                throw refused(FetchException.Kind.ADDRESS_REFUSED, "address " + a.getHostAddress() + " refused (" + s.label() + ")");
            }
        }
    }

    /** The space {@code a} is in. IPv6 forms that embed an IPv4 address (NAT64, 6to4) count as that address. */
    public static Scope scope(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress embedded = embeddedV4(b);
            if (embedded != null) {
                return scope(embedded);
            }
            if ((b[0] & 0xFE) == 0xFC) {
                return Scope.PRIVATE; // fc00::/7 unique local
            }
        }
        if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
            return Scope.LOOPBACK;
        }
        if (a.isLinkLocalAddress()) {
            return Scope.LINK_LOCAL;
        }
        if (a.isSiteLocalAddress()) {
            return Scope.PRIVATE;
        }
        if (a.isMulticastAddress()) {
            return Scope.RESERVED;
        }
        if (a instanceof Inet4Address) {
            byte[] b = a.getAddress();
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) {
                return Scope.LOOPBACK; // 0.0.0.0/8 reaches this host
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Scope.PRIVATE; // 100.64.0.0/10 carrier-grade NAT
            }
            if (first >= 240) {
                return Scope.RESERVED;
            }
        }
        return Scope.PUBLIC;
    }

    private static InetAddress embeddedV4(byte[] b) {
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        try {
            if (nat64) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) { // 2002::/16 6to4
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
        return null;
    }

    private InetAddress[] resolve(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            InetAddress[] all = literal(host) ? new InetAddress[] {InetAddress.getByName(host)} : resolver.resolve(host);
            if (all == null || all.length == 0) {
                throw new UnknownHostException(host);
            }
            return all;
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.NETWORK, 0, null, "unknown host " + host, e);
        }
    }

    /** An IP literal needs no resolver (and never reaches DNS). */
    private static boolean literal(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static void requireHost(URI uri, String reason) throws FetchException {
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused(FetchException.Kind.SCHEME_REFUSED, reason);
        }
    }

    private static FetchException refused(FetchException.Kind kind, String reason) {
        return new FetchException(kind, 0, null, reason, null);
    }
}
