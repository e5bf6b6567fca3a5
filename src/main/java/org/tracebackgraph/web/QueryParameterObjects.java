package org.tracebackgraph.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The query parameters every list and window endpoint shares, bound once: {@link Paging}
 * ({@code page}, {@code size}) and {@link DateWindow} ({@code from}, {@code to}) are
 * controller arguments checked here, documented by springdoc through
 * {@code @ParameterObject}. And a query parameter no endpoint reads is refused with a 400
 * naming it: {@code /evidence?campaign=...} must not look filtered when it is not.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameterObjects implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PagingResolver());
		resolvers.add(new DateWindowResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameters()).addPathPatterns("/api/**");
	}

	private static final class PagingResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Paging.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return new Paging(whole(request, "page"), whole(request, "size"));
		}

		private static Integer whole(NativeWebRequest request, String name) {
			String value = request.getParameter(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new BadParameterException(name, "must be a whole number");
			}
		}

	}

	private static final class DateWindowResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == DateWindow.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return DateWindow.of(request.getParameter("from"), request.getParameter("to"));
		}

	}

	/** Refuses query parameters the handler does not declare. */
	static final class UnknownParameters implements HandlerInterceptor {

		private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!(handler instanceof HandlerMethod method)) {
				return true;
			}
			Set<String> allowed = this.known.computeIfAbsent(method, UnknownParameters::declared);
			Set<String> unknown = new TreeSet<>();
			// The query string only: a form's fields are the body's, not parameters here.
			String query = request.getQueryString();
			if (query != null) {
				for (String pair : query.split("&")) {
					String name = QueryStringFilter.decode(pair.split("=", 2)[0]);
					if (name != null && !name.isEmpty() && !allowed.contains(name)) {
						unknown.add(name);
					}
				}
			}
			if (!unknown.isEmpty()) {
				List<InputError> errors = new ArrayList<>();
				for (String name : unknown) {
					errors.add(InputError.of(name, "is not a parameter of this endpoint; it takes "
							+ (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed)))));
				}
				throw new UnknownParametersException(errors);
			}
			return true;
		}

		static Set<String> declared(HandlerMethod method) {
			Set<String> names = new LinkedHashSet<>();
			for (Parameter parameter : method.getMethod().getParameters()) {
				RequestParam param = parameter.getAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name() : param.value();
					names.add(name.isEmpty() ? parameter.getName() : name);
				}
				if (parameter.getType() == Paging.class || parameter.getType() == DateWindow.class) {
					for (RecordComponent component : parameter.getType().getRecordComponents()) {
						names.add(component.getName());
					}
				}
			}
			return Set.copyOf(names);
		}

	}

}
