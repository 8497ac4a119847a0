package org.balint.lti.protocol.registration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which URLs a registration may use: https, or plain http on a loopback address (a platform on the same machine). */
final class Urls {

    private Urls() {
    }

    static boolean secure(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null) {
            return false;
        }
        return scheme.equals("https") || (scheme.equals("http") && loopback(url.getHost()));
    }

    private static boolean loopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+") && !name.startsWith("[")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
