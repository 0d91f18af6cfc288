package org.clinicportal.staff;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.system.SupportedLanguages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff user chooses the language they work in; it is kept on their account. */
@Controller
class LanguageController {

	static final String PATH = "/staff/account/language";

	static final String VIEW = "staff/language";

	private final LocaleResolver languages;

	LanguageController(LocaleResolver languages) {
		this.languages = languages;
	}

	@GetMapping(PATH)
	String initLanguageForm(Model model, Locale current) {
		model.addAttribute("languages", SupportedLanguages.ALL);
		model.addAttribute("current", current.getLanguage());
		return VIEW;
	}

	@PostMapping(PATH)
	String processLanguageForm(@RequestParam(required = false) String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		// an unknown choice (only a hand-made request sends one) changes nothing
		SupportedLanguages.of(language).ifPresent((chosen) -> {
			this.languages.setLocale(request, response, chosen);
			redirect.addFlashAttribute("messageCode", "staff.language.saved");
		});
		return "redirect:" + PATH;
	}

}
