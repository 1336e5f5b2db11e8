package jp.kojo.web.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI 3.1 document, hand-written beside this class; public like the manual, since it holds no
 * organisation's data and a payroll vendor reads it before any user has a certificate. OpenApiDocumentTest
 * keeps it in step with the resources.
 */
@Path("v1/openapi.yaml")
public class OpenApiResource {
    static final String DOCUMENT = "/jp/kojo/web/api/v1/openapi.yaml";

    @GET
    @Produces("application/yaml;charset=UTF-8")
    public String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
