package org.clinicportal.messaging;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clinicportal.messaging.AttachmentRules.Accepted;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores the files of messages in the database and reads them back, streamed both ways in chunks of
 * {@value #CHUNK} bytes: a JDBC driver holds a whole value in memory, so no value is larger than a
 * chunk, and neither a file being sent nor one being downloaded is ever in memory whole.
 */
@Component
class Attachments {

	static final int CHUNK = 256 * 1024;

	private static final String COLUMNS = "SELECT id, message_id, conversation_id, filename, content_type, size_bytes,"
			+ " chunks FROM message_attachment";

	private static final String INSERT = """
			INSERT INTO message_attachment (message_id, conversation_id, filename, content_type, size_bytes, chunks)
			VALUES (:message, :conversation, :filename, :type, :size, :chunks)
			""";

	private static final String INSERT_CHUNK = "INSERT INTO message_attachment_chunk (attachment_id, seq, data)"
			+ " VALUES (?, ?, ?)";

	private static final String CHUNK_DATA = "SELECT data FROM message_attachment_chunk"
			+ " WHERE attachment_id = ? AND seq = ?";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Attachments(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Stores a checked file of a message, reading it chunk by chunk from where the container keeps it. */
	long store(long messageId, long conversationId, Accepted file) {
		int chunks = (int) ((file.size() + CHUNK - 1) / CHUNK);
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("message", messageId)
			.param("conversation", conversationId)
			.param("filename", file.filename())
			.param("type", file.type().mediaType())
			.param("size", file.size())
			.param("chunks", chunks)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		try (InputStream in = file.upload().content().getInputStream()) {
			for (int seq = 0; seq < chunks; seq++) {
				int length = (int) Math.min(CHUNK, file.size() - (long) seq * CHUNK);
				int index = seq;
				this.template.update(INSERT_CHUNK, (ps) -> {
					ps.setLong(1, id);
					ps.setInt(2, index);
					ps.setBinaryStream(3, new Slice(in, length), length);
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	/** The attachment, when it belongs to the conversation. */
	Optional<AttachmentInfo> find(long conversationId, long attachmentId) {
		return this.jdbc.sql(COLUMNS + " WHERE id = :id AND conversation_id = :conversation")
			.param("id", attachmentId)
			.param("conversation", conversationId)
			.query(Attachments::info)
			.optional();
	}

	/** The attachments of these messages of the conversation, by message. */
	Map<Long, List<AttachmentInfo>> of(long conversationId, Collection<Long> messageIds) {
		if (messageIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(COLUMNS + " WHERE conversation_id = :conversation AND message_id IN (:messages) ORDER BY id")
			.param("conversation", conversationId)
			.param("messages", messageIds)
			.query(Attachments::info)
			.list()
			.stream()
			.collect(Collectors.groupingBy(AttachmentInfo::messageId));
	}

	/**
	 * Writes the file's content to the stream, one chunk at a time, each read in a statement of its
	 * own, so that a slow download holds no database connection between chunks.
	 */
	void copy(AttachmentInfo attachment, OutputStream out) {
		for (int seq = 0; seq < attachment.chunks(); seq++) {
			this.template.query(CHUNK_DATA, (RowCallbackHandler) (rs) -> {
				try (InputStream in = rs.getBinaryStream(1)) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, attachment.id(), seq);
		}
	}

	private static AttachmentInfo info(ResultSet rs, int n) throws SQLException {
		return new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getLong(6), rs.getInt(7));
	}

	/** The next {@code length} bytes of a stream, leaving it open for the next chunk. */
	private static final class Slice extends FilterInputStream {

		private long remaining;

		Slice(InputStream in, long length) {
			super(in);
			this.remaining = length;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			this.remaining -= (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int read = super.read(buffer, offset, (int) Math.min(length, this.remaining));
			this.remaining -= Math.max(read, 0);
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, this.remaining));
			this.remaining -= skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), this.remaining);
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void close() {
			// the file's stream stays open for the next chunk
		}

	}

}
