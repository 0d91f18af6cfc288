package org.clinicportal.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	@Test
	void pageNumberFarOutIsHeldWhereItsOffsetStillFits() {
		Paging farOut = Paging.of(Integer.MAX_VALUE, 50);
		assertThat(farOut.offset()).isPositive().isLessThanOrEqualTo(Integer.MAX_VALUE - 50);
		assertThat(Paging.of(50_000_000, 50).offset()).isPositive();
	}

	@Test
	void missingOrNegativePageNumberIsTheFirstPage() {
		assertThat(Paging.of(null, 20).offset()).isZero();
		assertThat(Paging.of(-3, 20).number()).isZero();
		assertThat(Paging.of(2, 20).offset()).isEqualTo(40);
	}

	@Test
	void oneRowMoreThanThePageTellsThatAnotherFollows() {
		Paging paging = Paging.of(1, 2);
		assertThat(paging.limit()).isEqualTo(3);
		Paging.Rows<String> full = paging.rows(List.of("a", "b", "c"));
		assertThat(full.rows()).containsExactly("a", "b");
		assertThat(full.hasNext()).isTrue();
		assertThat(full.previous()).isZero();
		assertThat(full.next()).isEqualTo(2);
		assertThat(paging.rows(List.of("a")).hasNext()).isFalse();
	}

	@Test
	void emptyPagePastTheEndLeadsBackToTheFirstPage() {
		Paging.Rows<String> pastEnd = Paging.of(40, 10).rows(List.of());
		assertThat(pastEnd.pastEnd()).isTrue();
		assertThat(pastEnd.previous()).isZero();
		assertThat(Paging.of(0, 10).rows(List.of()).pastEnd()).as("an empty list is not past its end").isFalse();
	}

}
