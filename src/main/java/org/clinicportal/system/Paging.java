package org.clinicportal.system;

import java.util.List;

/**
 * One page of a list read by offset: its zero-based number, as asked for in the address, and its
 * size. A negative number is the first page; a number so far out that its first row's offset
 * would not fit an {@code int} is held back to the last one that fits, so no page, however far,
 * overflows the arithmetic or the offset a database driver or JPA takes.
 *
 * @param number the page's number, from 0
 * @param size how many rows a page shows
 */
public record Paging(int number, int size) {

	public Paging {
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one row, not " + size);
		}
		number = Math.min(Math.max(number, 0), (Integer.MAX_VALUE - size) / size);
	}

	/** The page asked for in the address; none means the first. */
	public static Paging of(Integer requested, int size) {
		return new Paging((requested != null) ? requested : 0, size);
	}

	/** The offset of the page's first row. */
	public int offset() {
		return this.number * this.size;
	}

	/** How many rows to read: one more than the page shows, to tell whether another page follows. */
	public int limit() {
		return this.size + 1;
	}

	/** The page's rows out of at most {@link #limit()} read from {@link #offset()}. */
	public <T> Rows<T> rows(List<T> read) {
		boolean hasNext = read.size() > this.size;
		return new Rows<>(hasNext ? List.copyOf(read.subList(0, this.size)) : read, this.number, hasNext);
	}

	/**
	 * A page's rows and where the pager leads from it.
	 *
	 * @param rows the rows shown
	 * @param number the page's number, from 0
	 * @param hasNext whether a page follows
	 */
	public record Rows<T>(List<T> rows, int number, boolean hasNext) {

		/** Whether the page lies past the end of the list: nothing on it, though earlier pages have rows. */
		public boolean pastEnd() {
			return this.rows.isEmpty() && this.number > 0;
		}

		public boolean hasPrevious() {
			return this.number > 0;
		}

		/** The page the "newer" link leads to: the one before, or the first from past the end. */
		public int previous() {
			return pastEnd() ? 0 : this.number - 1;
		}

		public int next() {
			return this.number + 1;
		}

	}

}
