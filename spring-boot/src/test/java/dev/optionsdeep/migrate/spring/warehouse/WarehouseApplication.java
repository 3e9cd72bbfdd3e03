package dev.optionsdeep.migrate.spring.warehouse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/** An application with two databases, each behind its own DataSource bean. */
@SpringBootApplication
public class WarehouseApplication {

    @Bean
    @Primary
    DataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().build();
    }

    @Bean
    DataSource algorithmsDataSource(@Value("${algorithms.url}") String url, DataSourceProperties properties) {
        return new DriverManagerDataSource(url, properties.getUsername(), properties.getPassword());
    }
}
