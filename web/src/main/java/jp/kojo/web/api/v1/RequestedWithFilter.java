package jp.kojo.web.api.v1;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * State-changing calls need the header X-Requested-With and a JSON body: a page of another site can send
 * neither without the browser asking this server first (CORS preflight), which it never allows.
 */
@Provider
@JsonApi
public class RequestedWithFilter implements ContainerRequestFilter {
    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String requestedWith = request.getHeaderString(HEADER);
        if (requestedWith == null || requestedWith.isBlank()) {
            throw new ApiProblem(403, "api.requestedWithRequired");
        }
        MediaType type = request.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            throw new ApiProblem(415, "api.jsonRequired");
        }
    }
}
