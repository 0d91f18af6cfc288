package org.clinicportal.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Message Pools, for administrators: the pools patients write to, and which staff belong to each. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/staff/message-pools")
class PoolsController {

	static final String VIEW_LIST = "messaging/pools";

	static final String VIEW_POOL = "messaging/pool";

	private final Pools pools;

	private final StaffDirectory staff;

	PoolsController(Pools pools, StaffDirectory staff) {
		this.pools = pools;
		this.staff = staff;
	}

	@GetMapping
	String showPools(Model model) {
		model.addAttribute("newPool", PoolForm.empty());
		return list(model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("newPool") PoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.name() != null && this.pools.nameTaken(form.name(), null)) {
			result.rejectValue("name", "messaging.pools.nameTaken");
		}
		if (result.hasErrors()) {
			return list(model);
		}
		long id = this.pools.create(form.name(), form.description());
		redirect.addFlashAttribute("messageCode", "messaging.pools.created");
		return "redirect:/staff/message-pools/" + id;
	}

	@GetMapping("/{poolId}")
	String initUpdateForm(@PathVariable long poolId, Model model) {
		Pool pool = pool(poolId);
		model.addAttribute("form", PoolForm.of(pool, List.copyOf(this.pools.members(poolId))));
		return page(pool, model);
	}

	@PostMapping("/{poolId}")
	String processUpdateForm(@PathVariable long poolId, @Valid @ModelAttribute("form") PoolForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Pool pool = pool(poolId);
		if (form.name() != null && this.pools.nameTaken(form.name(), poolId)) {
			result.rejectValue("name", "messaging.pools.nameTaken");
		}
		List<Long> known = this.staff.all().stream().map(StaffMember::id).toList();
		if (!known.containsAll(form.members())) {
			result.rejectValue("members", "messaging.pools.unknownMember");
		}
		if (result.hasErrors()) {
			return page(pool, model);
		}
		this.pools.update(poolId, form.name(), form.description(), form.offered(), form.members());
		redirect.addFlashAttribute("messageCode", "messaging.pools.saved");
		return "redirect:/staff/message-pools";
	}

	private Pool pool(long poolId) {
		return this.pools.find(poolId).orElseThrow(NotFoundException::new);
	}

	private String list(Model model) {
		Map<Long, StaffMember> everyone = this.staff.all()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		model.addAttribute("rows", this.pools.all()
			.stream()
			.map((pool) -> new PoolRow(pool, this.pools.members(pool.id())
				.stream()
				.map(everyone::get)
				.filter(Objects::nonNull)
				.map(StaffMember::fullName)
				.sorted()
				.toList()))
			.toList());
		return VIEW_LIST;
	}

	private String page(Pool pool, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("staffUsers",
				this.staff.all().stream().sorted(Comparator.comparing(StaffMember::fullName)).toList());
		return VIEW_POOL;
	}

	/**
	 * A line of the Message Pools page.
	 *
	 * @param pool the pool
	 * @param members the names of its members
	 */
	record PoolRow(Pool pool, List<String> members) {
	}

}
