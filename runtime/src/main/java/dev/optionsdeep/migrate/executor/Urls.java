package dev.optionsdeep.migrate.executor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading PostgreSQL JDBC URLs for messages: host, port, database; never the password. */
final class Urls {

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/?]*)/?([^?]*)(\\?.*)?$");

    private Urls() {
    }

    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1****").replaceAll("//([^/@:]+):[^/@]*@", "//$1:****@");
    }

    /** {@code host:port} as the URL gives it, with the default port filled in. */
    static String hostAndPort(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches() || m.group(1).isEmpty()) {
            return "localhost:5432";
        }
        String host = m.group(1).replaceFirst("^.*@", "");
        return host.contains(":") && !host.endsWith("]") ? host : host + ":5432";
    }

    static Optional<String> database(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches() || m.group(2).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8));
    }
}
