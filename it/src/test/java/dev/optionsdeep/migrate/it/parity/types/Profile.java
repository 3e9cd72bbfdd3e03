package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

import java.net.InetAddress;
import java.net.URL;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;

/** JDK types Hibernate stores as strings, inet and large objects. */
@Entity
public class Profile {
    @Id private Long id;
    private Locale locale;
    @Column(length = 16) private Locale shortLocale;
    private Currency currency;
    @Column(length = 5, nullable = false) private Currency wideCurrency;
    private TimeZone timeZone;
    private ZoneId zone;
    private ZoneOffset utcOffset;
    private URL homepage;
    private InetAddress lastAddress;
    private Class<?> handler;
    private Blob photo;
    private Clob biography;
    private NClob notes;
    @Lob private Blob scan;
}
