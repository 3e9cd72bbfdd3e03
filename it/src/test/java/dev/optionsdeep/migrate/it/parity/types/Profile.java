package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/** JDK types Hibernate stores as strings, inet and large objects, in the entity and in element collections. */
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
    private Stamp stamp;
    @ElementCollection private Set<Locale> languages;
    @ElementCollection private List<YearMonth> activeMonths;
}
