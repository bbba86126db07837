package jp.mamori.organization;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts the localised message into the {@code flash} attribute that the layout shows after a redirect. */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void add(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", message(key, arguments));
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
