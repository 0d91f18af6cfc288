package org.clinicportal.messaging;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message pool as administrators edit it: its name, what it is for, whether the portal offers it, its members. */
record PoolForm(@NotBlank @Size(max = 100) String name, @Size(max = 300) String description, Boolean offered,
		List<Long> members) {

	PoolForm {
		offered = Boolean.TRUE.equals(offered);
		members = (members != null) ? members : List.of();
	}

	static PoolForm of(Pool pool, List<Long> members) {
		return new PoolForm(pool.name(), pool.description(), pool.offered(), members);
	}

	static PoolForm empty() {
		return new PoolForm(null, null, true, List.of());
	}

}
