package jp.kojo.forms.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kojo.account.control.CallerOrganization;
import jp.kojo.forms.control.FormFill;
import jp.kojo.forms.control.FormKind;
import jp.kojo.forms.control.FormPdfWriter;
import jp.kojo.platform.Roles;

/**
 * 変更書類: the printable forms, blank for anyone, or filled in from the caller's own contract. The contract is
 * always the caller's organisation; no organisation id is ever taken from the request.
 */
@Stateless
public class PrintableForms {
    @Inject
    CallerOrganization caller;

    @Inject
    Clock clock;

    @PermitAll
    public List<FormView> forms() {
        return Arrays.stream(FormKind.values()).map(k -> new FormView(k.slug(), k.titleJa(), k.titleEn())).toList();
    }

    /** The form of that URL name, or {@link UnknownFormException}. */
    @PermitAll
    public FormView form(String slug) {
        FormKind kind = kind(slug);
        return new FormView(kind.slug(), kind.titleJa(), kind.titleEn());
    }

    @PermitAll
    public void blank(String slug, OutputStream out) {
        write(kind(slug), FormFill.blank(), out);
    }

    @RolesAllowed(Roles.ORG_USER)
    public void filledForCaller(String slug, OutputStream out) {
        FormKind kind = kind(slug);
        write(kind, FormFill.of(caller.get(), LocalDate.now(clock)), out);
    }

    private static FormKind kind(String slug) {
        return FormKind.ofSlug(slug).orElseThrow(() -> new UnknownFormException(slug));
    }

    private static void write(FormKind kind, FormFill fill, OutputStream out) {
        try {
            FormPdfWriter.write(kind, fill, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
