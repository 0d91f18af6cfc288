package org.clinicportal.messaging;

import java.util.Optional;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one rule for staff and conversations: a staff user reads and answers the conversations of the
 * pools they belong to, whatever their role. Any other conversation is "not found" to them, so that a
 * conversation's address tells nobody outside its pool that it exists.
 */
@Component
class PoolAccess {

	private final StaffDirectory staff;

	private final Pools pools;

	private final ConversationQueries conversations;

	PoolAccess(StaffDirectory staff, Pools pools, ConversationQueries conversations) {
		this.staff = staff;
		this.pools = pools;
		this.conversations = conversations;
	}

	/** The signed-in staff user. */
	StaffMember staff(Authentication authentication) {
		return member(authentication).orElseThrow(NotFoundException::new);
	}

	/** The signed-in staff user, if the request has one that is a staff user of the clinic. */
	Optional<StaffMember> member(Authentication authentication) {
		return (authentication != null) ? this.staff.byUsername(authentication.getName()) : Optional.empty();
	}

	/** The conversation, when the staff user belongs to its pool. */
	Conversation conversation(long conversationId, StaffMember member) {
		return this.conversations.find(conversationId)
			.filter((c) -> this.pools.isMember(member.id(), c.poolId()))
			.orElseThrow(NotFoundException::new);
	}

	/** The pool, when the staff user belongs to it. */
	Pool pool(long poolId, StaffMember member) {
		return this.pools.find(poolId).filter((p) -> this.pools.isMember(member.id(), p.id())).orElseThrow(
				NotFoundException::new);
	}

	/** Who writes as the staff user. */
	static Author author(StaffMember member) {
		return new Author(member.username(), member.fullName(), null);
	}

}
