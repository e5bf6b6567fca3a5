package org.tracebackgraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON (and any other non-upload) bodies above {@link BodyLimits#maxJsonBody()}
 * before they are parsed: by their declared length at once, and by counting when the
 * length is not declared (chunked), so a huge body cannot fill the heap.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final BodyLimits limits;

	RequestBodyLimitFilter(BodyLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		// CSV and multipart uploads are spooled to disk under their own, larger cap.
		return type != null && (type.startsWith("text/csv") || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Capped(request, this.limits.maxJsonBody().toBytes(), this.limits), response);
	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long max;

		private final BodyLimits limits;

		Capped(HttpServletRequest request, long max, BodyLimits limits) {
			super(request);
			this.max = max;
			this.limits = limits;
		}

		private PayloadTooLargeException tooLarge() {
			return new PayloadTooLargeException(this.limits.maxJsonBody(),
					"send fewer tracebacks per request, or import a CSV file");
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			// Thrown while the body is read, so the problem-details advice answers it.
			if (getContentLengthLong() > this.max) {
				throw tooLarge();
			}
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b != -1) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) {
					this.read += n;
					if (this.read > Capped.this.max) {
						throw tooLarge();
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
