package io.migrate.demo;

import db.revisions.Ra3c9e2f1d7b4_employee_department;
import io.migrate.spring.autoconfigure.MigrateConfigCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** TEMPORARY until the starter finds Java revision classes itself. */
@Configuration(proxyBeanMethods = false)
class TemporaryJavaRevisions {

	@Bean
	MigrateConfigCustomizer javaRevisions() {
		return (builder) -> builder.javaRevision(new Ra3c9e2f1d7b4_employee_department());
	}

}
