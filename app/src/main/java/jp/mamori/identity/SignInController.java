package jp.mamori.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.PublicEndpoint;
import jp.mamori.web.RequestOrigin;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: password, then the second factor or its enrolment. The session id changes at each
 * step. A refusal always redirects to the same address with the same (empty) body, whatever its reason.
 */
@Controller
@PublicEndpoint("the sign-in steps must be reachable before signing in")
class SignInController {

    private final SignIn signIn;
    private final CsrfTokenRepository csrfTokens;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final jp.mamori.web.Messages messages;

    SignInController(SignIn signIn, CsrfTokenRepository csrfTokens, jp.mamori.web.Messages messages) {
        this.messages = messages;
        this.signIn = signIn;
        this.csrfTokens = csrfTokens;
    }

    /** Where a person who is not fully signed in goes next. */
    static String nextStep(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending) {
            return pending.enrolment() ? "/login/enrol" : "/login/second-factor";
        }
        return "/login";
    }

    @GetMapping("/login")
    String form(HttpServletRequest request) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        return "identity/login";
    }

    @PostMapping("/login")
    String password(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        SignIn.Outcome outcome;
        try {
            outcome = signIn.password(name, password, RequestOrigin.current().sourceAddress());
        } catch (PasswordHashing.Busy busy) {
            return tooMany(response, model, "identity/login");
        }
        if (outcome instanceof SignIn.SecondFactorDue due) {
            newSessionId(request);
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, due.pending());
            rememberLanding(request, next);
            return "redirect:" + nextStep(request);
        }
        if (outcome instanceof SignIn.SignedIn signedIn) {
            establish(signedIn.authentication(), request, response);
            return "redirect:" + SignInLanding.checked(next);
        }
        if (outcome instanceof SignIn.Throttled) {
            return tooMany(response, model, "identity/login");
        }
        return "redirect:/login?error";
    }

    @GetMapping("/login/second-factor")
    String secondFactorForm(HttpServletRequest request) {
        var pending = pending(request);
        if (pending == null || pending.enrolment()) {
            return "redirect:" + nextStep(request);
        }
        return "identity/second-factor";
    }

    @PostMapping("/login/second-factor")
    String secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var pending = pending(request);
        if (pending == null || pending.enrolment()) {
            return "redirect:" + nextStep(request);
        }
        var outcome = signIn.secondFactor(pending, code, RequestOrigin.current().sourceAddress());
        if (outcome instanceof SignIn.SignedIn signedIn) {
            var landing = takeLanding(request);
            establish(signedIn.authentication(), request, response);
            return "redirect:" + landing;
        }
        if (outcome instanceof SignIn.Throttled) {
            return tooMany(response, model, "identity/second-factor");
        }
        return wrongCode(pending, request, "/login/second-factor");
    }

    @GetMapping("/login/enrol")
    String enrolForm(HttpServletRequest request, Model model) {
        var pending = pending(request);
        if (pending == null || !pending.enrolment()) {
            return "redirect:" + nextStep(request);
        }
        var uri = signIn.enrolmentUri(pending);
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending); // store the offered secret
        EnrolmentPage.fill(model, uri);
        return "identity/enrol";
    }

    @PostMapping("/login/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var pending = pending(request);
        if (pending == null || !pending.enrolment()) {
            return "redirect:" + nextStep(request);
        }
        var outcome = signIn.enrol(pending, code, RequestOrigin.current().sourceAddress());
        if (outcome instanceof SignIn.Enrolled enrolled) {
            var landing = takeLanding(request);
            establish(enrolled.authentication(), request, response);
            model.addAttribute("codes", enrolled.recoveryCodes());
            // Download and print come from this answer only: the codes are kept nowhere readable on the server.
            model.addAttribute("codesFile", RecoveryCodeSheet.dataUri(RecoveryCodeSheet.text(
                    messages.text("identity.recovery.fileHeading"),
                    enrolled.authentication().getPrincipal().displayName(), enrolled.recoveryCodes())));
            model.addAttribute("codesFileName", RecoveryCodeSheet.FILE_NAME);
            model.addAttribute("landing", landing);
            response.setHeader("Cache-Control", "no-store");
            return "identity/recovery-codes";
        }
        return wrongCode(pending, request, "/login/enrol");
    }

    private String wrongCode(PendingSignIn pending, HttpServletRequest request, String page) {
        var session = request.getSession();
        if (pending.failedAgain()) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return "redirect:/login?error";
        }
        session.setAttribute(PendingSignIn.ATTRIBUTE, pending); // persist the count in the session store
        return "redirect:" + page + "?error";
    }

    /** A new id for the session at each step (session fixation, ASVS 7.2.4); a session is made if none exists. */
    static void newSessionId(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
    }

    private static PendingSignIn pending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p ? p : null;
    }

    private static String tooMany(HttpServletResponse response, Model model, String view) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        model.addAttribute("tooMany", true);
        return view;
    }

    /** The person is fully signed in: a new session id, a new CSRF token, the authentication in the session. */
    private void establish(SignedInAuthentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        newSessionId(request);
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        csrfTokens.saveToken(null, request, response);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void rememberLanding(HttpServletRequest request, String next) {
        var checked = SignInLanding.checked(next);
        if (!"/".equals(checked)) {
            request.getSession().setAttribute(SignInLanding.ATTRIBUTE, checked);
        }
    }

    /** The landing remembered across the second factor (once), or the home page. */
    private static String takeLanding(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignInLanding.ATTRIBUTE) instanceof String landing)) {
            return "/";
        }
        session.removeAttribute(SignInLanding.ATTRIBUTE);
        return SignInLanding.checked(landing);
    }
}
