package com.acme.shop;

public record CustomerView(Long id, String name, boolean active) {
}
