package dev.optionsdeep.migrate.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with JPA and no Migrate code of its own: only the dependency and properties. */
@SpringBootApplication
public class ShopApplication {
}
