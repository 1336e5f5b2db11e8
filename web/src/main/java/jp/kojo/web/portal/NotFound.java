package jp.kojo.web.portal;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Ends a page request with 404, rendered by the application's not-found page. */
final class NotFound {
    private NotFound() {
    }

    static void send(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
