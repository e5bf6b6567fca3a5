package org.tracebackgraph.neo4j;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Embedded Neo4j runs only when no external server is configured: {@code NEO4J_URI} maps
 * to {@code spring.neo4j.uri}, and a blank one means "start our own".
 */
class EmbeddedNeo4jCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
		if (StringUtils.hasText(uri)) {
			return ConditionOutcome.noMatch("spring.neo4j.uri is set: using the external Neo4j");
		}
		return ConditionOutcome.match("no spring.neo4j.uri: starting an embedded Neo4j");
	}

}
