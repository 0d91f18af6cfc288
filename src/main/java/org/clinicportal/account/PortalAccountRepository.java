package org.clinicportal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Portal accounts by username, and the grants of a patient. */
interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

	Optional<PortalAccount> findByUsernameKey(String usernameKey);

	@Query("select g from AccessGrant g join fetch g.account where g.patientId = :patientId order by g.grantedAt, g.id")
	List<AccessGrant> findGrantsOfPatient(@Param("patientId") long patientId);

	@Query("select count(g) > 0 from AccessGrant g where g.patientId = :patientId and g.accessType = 'SELF' and g.account.id <> :accountId")
	boolean patientHasOtherSelfAccount(@Param("patientId") long patientId, @Param("accountId") long accountId);

	Page<PortalAccount> findAllByOrderByUsernameKey(Pageable pageable);

}
