package org.clinicportal.staff;

import org.clinicportal.system.Usernames;
import java.util.ArrayList;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff users for the staff sign-in. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	/** Held by a user who must choose a new password before doing anything else. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final StaffUserRepository users;

	StaffUserDetailsService(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = this.users.findByUsernameIgnoreCase(Usernames.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown staff user"));
		var authorities = new ArrayList<GrantedAuthority>();
		user.getRoles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (user.isMustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.authorities(authorities)
			.build();
	}

}
