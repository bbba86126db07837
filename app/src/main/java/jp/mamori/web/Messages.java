package jp.mamori.web;

import jp.mamori.kernel.Refused;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The localised texts a controller shows: the {@code flash} attribute that the layout shows after a redirect, the
 * {@code refusalMessage} of a refused form, and any other message in the request's locale. A key without a message
 * shows as itself rather than failing the request ({@code MessageBundleTests} keeps that from shipping). Thread-safe.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** Shows the message once, on the page the redirect leads to. */
    public void flash(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", text(key, arguments));
    }

    /** Puts the refusal's reason on the model as {@code refusalMessage}, next to the form it refused. */
    public void refusal(Model model, Refused refused) {
        model.addAttribute("refusalMessage", text(refused.messageKey(), refused.arguments()));
    }

    /** A message with its arguments ({@link FieldProblem}, a form's error) in the request's locale. */
    public String text(MessageSourceResolvable message) {
        return source.getMessage(message, LocaleContextHolder.getLocale());
    }

    /** The message in the request's locale. */
    public String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /**
     * The message in Japanese whatever the request's locale: for documents written in the tenant's own language,
     * such as a committee workbook or a report to an outside body.
     */
    public String japanese(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, java.util.Locale.JAPANESE);
    }
}
