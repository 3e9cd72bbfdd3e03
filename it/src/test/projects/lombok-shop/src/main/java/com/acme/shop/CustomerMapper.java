package com.acme.shop;

import org.mapstruct.Mapper;

@Mapper
public interface CustomerMapper {
    CustomerView toView(Customer customer);
}
