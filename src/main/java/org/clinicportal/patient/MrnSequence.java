package org.clinicportal.patient;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Hands out medical record numbers from the database sequence {@code patient_mrn_seq}. */
@Component
class MrnSequence {

	static final String SEQUENCE = "patient_mrn_seq";

	private final DataFieldMaxValueIncrementer incrementer;

	MrnSequence(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.incrementer = "PostgreSQL".equals(product) ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
				: new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
	}

	String next() {
		return this.incrementer.nextStringValue();
	}

}
