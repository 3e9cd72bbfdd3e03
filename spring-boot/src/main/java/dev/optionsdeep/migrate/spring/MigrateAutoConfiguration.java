package dev.optionsdeep.migrate.spring;

import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanNotOfRequiredTypeException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Upgrades the application's databases to head at start-up, before JPA starts, as Spring Boot's
 * own Flyway and Liquibase integrations do: no code in the application, {@code migrate.*}
 * properties in {@code application.properties}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "migrate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrateAutoConfiguration {

    static final String INITIALIZER = "migrateInitializer";

    @Bean(INITIALIZER)
    MigrateInitializer migrateInitializer(MigrateProperties properties, ObjectProvider<DataSource> applicationDataSource,
                                          BeanFactory beans) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        SortedSet<String> found = RevisionDatabases.find(loader, properties.getMigrationPackage());
        if (found.isEmpty()) {
            LogFactory.getLog("dev.optionsdeep.migrate").warn("no revisions found under package "
                    + properties.getMigrationPackage() + " on the class path: nothing to upgrade");
        }
        Map<String, DataSource> dataSources = new LinkedHashMap<>();
        DataSourceMapping.of(found, properties.getDatabases()).forEach((db, bean) ->
                dataSources.put(db, dataSource(db, bean, applicationDataSource, beans)));
        return new MigrateInitializer(dataSources, properties, loader);
    }

    private static DataSource dataSource(String db, Optional<String> bean, ObjectProvider<DataSource> application,
                                         BeanFactory beans) {
        if (bean.isPresent()) {
            try {
                return beans.getBean(bean.get(), DataSource.class);
            } catch (NoSuchBeanDefinitionException | BeanNotOfRequiredTypeException e) {
                throw new MigrateStartupException("migrate.databases." + db + ".data-source=" + bean.get()
                        + " names no DataSource bean of the application.",
                        "Name the DataSource bean (its @Bean method's name) that database " + db + " lives in.", e);
            }
        }
        DataSource unique = application.getIfUnique();
        if (unique == null) {
            throw new MigrateStartupException("database " + db + " names no DataSource, and the application has"
                    + " several, none of them @Primary.",
                    "Set migrate.databases." + db + ".data-source=<bean name>, or mark one DataSource @Primary.", null);
        }
        return unique;
    }

    /** The EntityManagerFactory waits for the upgrade, so that Hibernate sees the upgraded schema. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractEntityManagerFactoryBean.class)
    static class JpaWaitsForMigrate {

        @Bean
        static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryDependsOnMigrate() {
            return new EntityManagerFactoryDependsOnPostProcessor(INITIALIZER);
        }
    }
}
