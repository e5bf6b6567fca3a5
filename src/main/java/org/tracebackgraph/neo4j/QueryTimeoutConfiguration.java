package org.tracebackgraph.neo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * Puts the query timeout on every read transaction (Spring's transaction manager passes
 * its default timeout to Neo4j); {@link GraphWriter} puts it on every write.
 */
@Configuration(proxyBeanMethods = false)
class QueryTimeoutConfiguration {

	@Bean
	static BeanPostProcessor queryTimeoutOnTransactions(ObjectProvider<QueryLimits> limits) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractPlatformTransactionManager transactions) {
					transactions.setDefaultTimeout((int) limits.getObject().queryTimeout().toSeconds());
				}
				return bean;
			}

		};
	}

}
