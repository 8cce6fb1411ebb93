package org.newslens.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.net.AddressPolicy.Scope;

/** The redirect and address rules, with a fake resolver: no DNS, no network. */
class AddressPolicyTest {
    private static final Map<String, String> DNS = Map.of(
            "news.example", "93.184.216.34",
            "cdn.example", "151.101.1.1",
            "intranet.example", "10.0.0.1",
            "router.example", "192.168.1.1",
            "metadata.example", "169.254.169.254",
            "v6private.example", "fd12:3456::1",
            "rebind.example", "127.0.0.1",
            "nas.example", "192.168.1.20");

    private final AddressPolicy policy = new AddressPolicy(host -> {
        String ip = DNS.get(host);
        if (ip == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(ip)};
    });

    private FetchException refused(String from, String to) throws FetchException {
        Scope origin = policy.start(URI.create(from));
        return assertThrows(FetchException.class, () -> policy.checkRedirect(URI.create(from), URI.create(to), origin));
    }

    private void allowed(String from, String to) throws FetchException {
        Scope origin = policy.start(URI.create(from));
        assertDoesNotThrow(() -> policy.checkRedirect(URI.create(from), URI.create(to), origin));
    }

    @Test
    void httpsToHttpIsRefusedTheOtherWayIsFine() throws Exception {
        FetchException e = refused("https://news.example/a", "http://cdn.example/a");
        assertEquals(FetchException.Kind.REDIRECT_REFUSED, e.kind());
        assertEquals("redirect from https to http refused", e.reason());
        allowed("http://news.example/a", "https://cdn.example/a");
        allowed("https://news.example/a", "https://cdn.example/b");
    }

    @Test
    void aPublicHostCannotSendUsIntoAPrivateNetwork() throws Exception {
        FetchException e = refused("https://news.example/", "https://intranet.example/admin");
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, e.kind());
        assertEquals("address 10.0.0.1 refused (private network)", e.reason());
        assertEquals("address 192.168.1.1 refused (private network)", refused("https://news.example/", "https://router.example/").reason());
        assertEquals("address 169.254.169.254 refused (link-local)",
                refused("https://news.example/", "https://metadata.example/latest/").reason());
        assertEquals("address fd12:3456:0:0:0:0:0:1 refused (private network)",
                refused("https://news.example/", "https://v6private.example/").reason());
        assertEquals("address 127.0.0.1 refused (loopback)", refused("https://news.example/", "https://rebind.example/").reason());
        // IP literals are checked without the resolver, in every spelling.
        assertEquals("address 127.0.0.1 refused (loopback)", refused("http://news.example/", "http://127.0.0.1:8080/").reason());
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, refused("http://news.example/", "http://[::1]/").kind());
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, refused("http://news.example/", "http://[::ffff:10.1.2.3]/").kind());
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, refused("http://news.example/", "http://2130706433/").kind());
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, refused("http://news.example/", "http://[64:ff9b::a00:1]/").kind());
        assertEquals(FetchException.Kind.ADDRESS_REFUSED, refused("http://news.example/", "http://0.0.0.0/").kind());
    }

    @Test
    void aFetchThatStartsInsideMayStayInTheSameKindOfSpace() throws Exception {
        allowed("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b");
        allowed("http://127.0.0.1:8080/a", "https://news.example/");
        allowed("http://router.example/", "http://nas.example/");
        // ... but not into another one: a LAN device cannot send us to our own loopback.
        assertEquals("address 127.0.0.1 refused (loopback)", refused("http://nas.example/", "http://127.0.0.1/").reason());
        assertEquals("address 10.0.0.1 refused (private network)", refused("http://127.0.0.1/", "http://intranet.example/").reason());
    }

    @Test
    void schemesAndHosts() throws Exception {
        assertEquals("redirect to a ftp: address refused", refused("https://news.example/", "ftp://news.example/x").reason());
        assertEquals(FetchException.Kind.SCHEME_REFUSED, refused("https://news.example/", "javascript:alert(1)").kind());
        assertEquals("redirect to an address without a host refused", refused("https://news.example/", "http:/path").reason());
        FetchException file = assertThrows(FetchException.class, () -> policy.start(URI.create("file:///etc/passwd")));
        assertEquals(FetchException.Kind.SCHEME_REFUSED, file.kind());
        FetchException unknown = assertThrows(FetchException.class, () -> policy.start(URI.create("https://nowhere.example/")));
        assertEquals(FetchException.Kind.NETWORK, unknown.kind());
        assertEquals("unknown host nowhere.example", unknown.reason());
    }

    @Test
    void scopes() throws Exception {
        assertEquals(Scope.PUBLIC, AddressPolicy.scope(InetAddress.getByName("8.8.8.8")));
        assertEquals(Scope.PUBLIC, AddressPolicy.scope(InetAddress.getByName("2606:4700::1111")));
        assertEquals(Scope.PRIVATE, AddressPolicy.scope(InetAddress.getByName("172.16.5.4")));
        assertEquals(Scope.PUBLIC, AddressPolicy.scope(InetAddress.getByName("172.32.0.1")));
        assertEquals(Scope.PRIVATE, AddressPolicy.scope(InetAddress.getByName("100.64.0.1")));
        assertEquals(Scope.LINK_LOCAL, AddressPolicy.scope(InetAddress.getByName("fe80::1")));
        assertEquals(Scope.PRIVATE, AddressPolicy.scope(InetAddress.getByName("2002:c0a8:0101::1")));
        assertEquals(Scope.RESERVED, AddressPolicy.scope(InetAddress.getByName("224.0.0.1")));
        assertEquals(Scope.RESERVED, AddressPolicy.scope(InetAddress.getByName("255.255.255.255")));
    }
}
