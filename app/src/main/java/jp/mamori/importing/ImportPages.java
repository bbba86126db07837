package jp.mamori.importing;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.kernel.EditConflict;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web side of the pipeline for an import page drawn with {@code fragments/import.html}: fills the model and the
 * status (422 for an unreadable file or one that has problems at confirmation, 409 for an expired upload or data
 * changed since the preview), so that a module's controller only names its page and where to go afterwards.
 * Thread-safe.
 */
@Component
public class ImportPages {

    private final Imports imports;
    private final MessageSource messages;

    ImportPages(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The empty page: the largest upload, for the hint. */
    public void page(SheetImport<?> register, Model model) {
        model.addAttribute("maxSize", Imports.megabytes(register.maxBytes()));
    }

    /** Checks an upload for the signed-in user and puts the preview into the model. */
    public <P extends ImportPlan> ImportPreview<P> preview(SheetImport<P> register, MultipartFile file, Model model,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        page(register, model);
        var preview = imports.preview(register, user.tenantId(), user.accountId(), file);
        show(preview, model);
        if (!preview.readable()) {
            response.setStatus(422);
        }
        return preview;
    }

    /**
     * Confirms the upload with this id (as the page's hidden field sends it). Returns the applied plan, or empty
     * when it was refused; then the model holds what the page shows and the status is set.
     */
    public <P extends ImportPlan> Optional<P> confirm(SheetImport<P> register, String upload, Model model,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        page(register, model);
        try {
            return Optional.of(imports.confirm(register, user.tenantId(), user.accountId(), id(upload)));
        } catch (UploadExpired e) {
            response.setStatus(409);
            failure(model, register.wording("importing.expired"));
        } catch (EditConflict e) {
            response.setStatus(409);
            failure(model, register.wording("importing.conflict"));
        } catch (ImportInvalid e) {
            response.setStatus(422);
            show(new ImportPreview<>("", e.plan(), e.plan().problems(), null), model);
        }
        return Optional.empty();
    }

    /** Puts what {@code fragments/import.html} draws into the model: {@code preview}, {@code plan}, {@code uploadId}. */
    private static void show(ImportPreview<?> preview, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("plan", preview.plan());
        model.addAttribute("fileName", preview.fileName());
        if (preview.uploadId() != null) {
            model.addAttribute("uploadId", preview.uploadId());
        }
    }

    private void failure(Model model, String key) {
        model.addAttribute("failure", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }

    private static UUID id(String upload) {
        try {
            return upload == null ? null : UUID.fromString(upload);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
