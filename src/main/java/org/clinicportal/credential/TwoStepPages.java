package org.clinicportal.credential;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.system.ClinicProperties;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of two-step sign-in, one set for each sign-in chain (the portal's and the staff's, each
 * a subclass mapped below its own prefix): the *Security* page with the holder's sign-in methods,
 * setting up an authenticator app, recovery codes, and the second step after the password. The
 * subclass says who is signed in and how its chain checks a code.
 */
public abstract class TwoStepPages {

	static final String SECURITY = "/security";

	static final String SECOND_STEP = "/login/second-step";

	private final TwoStep twoStep;

	private final ClinicProperties clinic;

	protected TwoStepPages(TwoStep twoStep, ClinicProperties clinic) {
		this.twoStep = twoStep;
		this.clinic = clinic;
	}

	/** The view that lays out a page of this chain, given the fragment to show as {@code page}. */
	protected abstract String view();

	/** The chain's address prefix ({@code /portal}, {@code /staff}). */
	protected abstract String prefix();

	/** Where a holder goes once both steps are done. */
	protected abstract String home();

	/** The signed-in holder's name in an authenticator app ("Clinic: sam@example.org"). */
	protected abstract String accountName(Authentication signedIn);

	/** Checks a code with the chain's sign-in protection: a wrong one counts toward the lock. */
	protected abstract boolean checkCode(Authentication signedIn, String address, BooleanSupplier check);

	/** Adds a factor to this session's sign-in. */
	protected abstract void addFactor(Authentication signedIn, String factor, HttpServletRequest request,
			HttpServletResponse response);

	@GetMapping(SECURITY)
	String showSecurity(@RequestParam(required = false) String added, Model model) {
		Authentication signedIn = signedIn();
		TwoStep.Methods methods = this.twoStep.methods(signedIn.getName());
		if (added != null && methods.enrolled() && methods.recoveryCodesLeft() == 0) {
			// a first passkey has just been added: the codes that stand in for a lost one
			return showCodes(this.twoStep.issueRecoveryCodes(signedIn.getName(), actor(signedIn)), model);
		}
		model.addAttribute("methods", methods);
		model.addAttribute("mustEnrol", !methods.enrolled() && required(signedIn));
		return page("methods", model);
	}

	@GetMapping(SECURITY + "/app")
	String initAppForm(Model model) {
		Authentication signedIn = signedIn();
		if (this.twoStep.methods(signedIn.getName()).app().isPresent()) {
			return "redirect:" + prefix() + SECURITY;
		}
		model.addAttribute("setup", this.twoStep.startApp(signedIn.getName(), accountName(signedIn), this.clinic.name()));
		return page("appSetup", model);
	}

	@PostMapping(SECURITY + "/app")
	String processAppForm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Authentication signedIn = signedIn();
		Optional<List<String>> codes = this.twoStep.confirmApp(signedIn.getName(), actor(signedIn), code);
		if (codes.isEmpty()) {
			model.addAttribute("setup", this.twoStep.startApp(signedIn.getName(), accountName(signedIn), this.clinic.name()));
			model.addAttribute("codeError", "twoStep.code.wrong");
			return page("appSetup", model);
		}
		// the code just given proves the app is at hand: this session has both factors now
		addFactor(signedIn, SecondStep.APP, request, response);
		return codes.get().isEmpty() ? "redirect:" + prefix() + SECURITY + "?appAdded" : showCodes(codes.get(), model);
	}

	@PostMapping(SECURITY + "/app/remove")
	String removeApp() {
		Authentication signedIn = signedIn();
		this.twoStep.removeApp(signedIn.getName(), actor(signedIn));
		return "redirect:" + prefix() + SECURITY + "?appRemoved";
	}

	@PostMapping(SECURITY + "/recovery-codes")
	String newRecoveryCodes(Model model) {
		Authentication signedIn = signedIn();
		return showCodes(this.twoStep.issueRecoveryCodes(signedIn.getName(), actor(signedIn)), model);
	}

	@PostMapping(SECURITY + "/passkeys/{id}/remove")
	String removePasskey(@PathVariable String id) {
		this.twoStep.removePasskey(signedIn().getName(), id);
		return "redirect:" + prefix() + SECURITY + "?passkeyRemoved";
	}

	@GetMapping(SECOND_STEP)
	String initSecondStep(Model model) {
		Authentication signedIn = signedIn();
		if (SecondStep.complete(signedIn) || !required(signedIn)) {
			return "redirect:" + home();
		}
		TwoStep.Methods methods = this.twoStep.methods(signedIn.getName());
		if (!methods.enrolled()) {
			return "redirect:" + prefix() + SECURITY;
		}
		model.addAttribute("methods", methods);
		model.addAttribute("recovery", false);
		return page("secondStep", model);
	}

	@PostMapping(SECOND_STEP)
	String processSecondStep(@RequestParam(required = false) String code,
			@RequestParam(required = false) String recoveryCode, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Authentication signedIn = signedIn();
		String holder = signedIn.getName();
		boolean recovery = recoveryCode != null;
		String factor = recovery ? SecondStep.RECOVERY_CODE : SecondStep.APP;
		boolean right = checkCode(signedIn, request.getRemoteAddr(),
				() -> recovery ? this.twoStep.useRecoveryCode(holder, actor(signedIn), recoveryCode)
						: this.twoStep.verifyApp(holder, code));
		if (!right) {
			model.addAttribute("methods", this.twoStep.methods(holder));
			model.addAttribute("codeError", "twoStep.code.wrong");
			model.addAttribute("recovery", recovery);
			return page("secondStep", model);
		}
		addFactor(signedIn, factor, request, response);
		if (recovery) {
			redirect.addFlashAttribute("messageCode", "twoStep.recoveryCode.used");
			return "redirect:" + prefix() + SECURITY;
		}
		return "redirect:" + home();
	}

	private String showCodes(List<String> codes, Model model) {
		model.addAttribute("codes", codes);
		return page("recoveryCodes", model);
	}

	private String page(String fragment, Model model) {
		model.addAttribute("page", fragment);
		model.addAttribute("prefix", prefix());
		return view();
	}

	private static Authentication signedIn() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	private static boolean required(Authentication signedIn) {
		return signedIn instanceof SecondStep.Holder holder && holder.secondStepRequired();
	}

	private static String actor(Authentication signedIn) {
		return (signedIn instanceof SecondStep.Holder holder) ? holder.actor() : signedIn.getName();
	}

}
