package jp.kojo.web.api.v1;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kojo.deduction.boundary.LumpSumRefusedException;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.boundary.ResultFileRejectedException;

/**
 * Every failure of API v1 as JSON {@code {"message"}} in the caller's language, never a stack text: the
 * boundary's refusals, the API's own ({@link ApiProblem}), JAX-RS's (unknown path or method, unreadable JSON,
 * wrong media type) and anything unexpected (500, logged). Outside /api/v1 JAX-RS's own answers are kept.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        boolean api = uri.getPath().startsWith("/v1/") || uri.getPath().startsWith("v1/");
        if (failure instanceof WebApplicationException web && !api) {
            return web.getResponse();
        }
        Locale locale = ApiLanguage.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (failure instanceof LumpSumRefusedException refused) {
            String cutOff = refused.cutOffDate() == null ? ""
                    : DateTimeFormatter.ofPattern(ApiLanguage.text(locale, "lumpsum.datePattern"), locale)
                    .format(refused.cutOffDate());
            String line = refused.lineNumber() == null ? "" : String.valueOf(refused.lineNumber());
            String message = ApiLanguage.text(locale, "lumpsum.refused." + refused.refusal().name(), cutOff, line);
            return json(Refusals.status(refused.refusal()),
                    new ApiError(message, Refusals.field(refused.refusal()), refused.refusal().name()));
        }
        if (failure instanceof PayrollRefusedException refused) {
            String cutOff = refused.cutOffDate() == null ? ""
                    : DateTimeFormatter.ofPattern(ApiLanguage.text(locale, "lumpsum.datePattern"), locale)
                    .format(refused.cutOffDate());
            String line = refused.lineNumber() == null ? "" : String.valueOf(refused.lineNumber());
            String message = ApiLanguage.text(locale, PayrollRefusals.key(refused.refusal()), cutOff, line, refused.count());
            return json(PayrollRefusals.status(refused.refusal()),
                    new ApiError(message, PayrollRefusals.field(refused.refusal()), refused.refusal().name()));
        }
        if (failure instanceof ResultFileRejectedException rejected) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(FileRejectedJson.of(rejected, locale)).build();
        }
        if (failure instanceof NoSuchCycleException) {
            return json(404, ApiError.of(ApiLanguage.text(locale, "api.noSuchCycle")));
        }
        if (failure instanceof ApiProblem problem) {
            return json(problem.status(), new ApiError(ApiLanguage.text(locale, problem.key(), problem.args()),
                    problem.field(), problem.rule()));
        }
        if (failure instanceof ProcessingException || failure instanceof JsonbException
                || failure instanceof JsonException) {
            return json(400, ApiError.of(ApiLanguage.text(locale, "api.malformedJson")));
        }
        if (failure instanceof EJBAccessException) {
            return json(403, ApiError.of(ApiLanguage.text(locale, "api.forbidden")));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, ApiError.of(ApiLanguage.text(locale, key(status))));
        }
        LOG.log(Level.SEVERE, "API request " + uri.getPath() + " failed", failure);
        return json(500, ApiError.of(ApiLanguage.text(locale, "api.internal")));
    }

    static String key(int status) {
        return switch (status) {
            case 400 -> "api.malformedJson";
            case 401 -> "api.unauthenticated";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.jsonRequired";
            default -> "api.internal";
        };
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
