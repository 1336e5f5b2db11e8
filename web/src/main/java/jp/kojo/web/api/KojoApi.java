package jp.kojo.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Kojo's REST API under /api, behind the same two-factor login as the screens. */
@ApplicationPath("/api")
public class KojoApi extends Application {
}
