package dev.optionsdeep.migrate.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading PostgreSQL JDBC URLs for messages: host, port, database; never a password or other secret. */
public final class Urls {

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/?]*)/?([^?]*)(\\?.*)?$");

    /**
     * A URL parameter that may carry a secret: {@code password}, {@code sslpassword}, and anything
     * else whose name speaks of a password, secret, token or credential.
     */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&][^=&]*(?:password|passwd|pwd|secret|token|credential)[^=&]*=)[^&]*");

    /** A password before the host: {@code //user:password@host}. */
    private static final Pattern USER_PASSWORD = Pattern.compile("//([^/@:]+):([^/@]*)@");

    private Urls() {
    }

    /** The URL with the value of every secret-bearing parameter, and any password before the host, replaced by ****. */
    public static String withoutSecrets(String url) {
        String hidden = SECRET_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_PASSWORD.matcher(hidden).replaceAll("//$1:****@");
    }

    /** The values {@link #withoutSecrets} hides, so that a message quoting them can be cleaned too. */
    static List<String> secrets(String url) {
        List<String> values = new ArrayList<>();
        Matcher parameter = SECRET_PARAMETER.matcher(url);
        while (parameter.find()) {
            values.add(url.substring(parameter.end(1), parameter.end()));
        }
        Matcher user = USER_PASSWORD.matcher(url);
        if (user.find()) {
            values.add(user.group(2));
        }
        return values.stream().filter(v -> !v.isEmpty()).toList();
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
