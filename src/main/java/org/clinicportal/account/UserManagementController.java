package org.clinicportal.account;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** User Management: every portal account, enabled and disabled, with the patients it reaches. */
@Controller
class UserManagementController {

	static final String VIEW_USERS = "account/portalUsers";

	static final int PAGE_SIZE = 50;

	private final PortalAccountRepository accounts;

	UserManagementController(PortalAccountRepository accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff/portal-users")
	@Transactional(readOnly = true)
	String showPortalUsers(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		var results = this.accounts.findAllByOrderByUsernameKey(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		results.forEach((account) -> account.getGrants().size());
		model.addAttribute("results", results);
		return VIEW_USERS;
	}

}
