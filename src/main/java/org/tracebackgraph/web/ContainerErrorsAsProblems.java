package org.tracebackgraph.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * Errors the servlet container answers itself, before the app sees the request (a path
 * with a malformed {@code %}-escape, a header too large), as problem details too, in
 * place of Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsAsProblems {

	@Bean
	TomcatContextCustomizer problemErrorReports() {
		return (context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		});
	}

	/** Writes a problem detail for an error response that has no body yet. */
	static final class ProblemErrorReportValve extends ErrorReportValve {

		private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

		ProblemErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String title = (status < 500) ? "Bad request" : "Internal error";
			String detail = (status < 500)
					? "The request could not be read: check the URL's %-escapes (UTF-8, %XX) and the headers"
					: "Unexpected error; it has been logged";
			// The instance is not the URL: it is what could not be read.
			String json = "{\"type\":\"" + Problems.TYPE_BASE
					+ ((status < 500) ? "malformed-request" : "internal-error") + "\",\"title\":\"" + title
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"/\"}";
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(json);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away or the response cannot take a body: the status
				// stands on its own.
				log.debug("Could not write the problem of a container error", ex);
			}
		}

	}

}
