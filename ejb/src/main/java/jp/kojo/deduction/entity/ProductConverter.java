package jp.kojo.deduction.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a product as the host's two-digit code. */
@Converter(autoApply = true)
public class ProductConverter implements AttributeConverter<Product, String> {
    @Override
    public String convertToDatabaseColumn(Product product) {
        return product == null ? null : product.code();
    }

    @Override
    public Product convertToEntityAttribute(String code) {
        return code == null ? null : Product.ofCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown product code in database: " + code));
    }
}
