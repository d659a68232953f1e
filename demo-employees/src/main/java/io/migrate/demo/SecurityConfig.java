package io.migrate.demo;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Two filter chains, both HTTP Basic without sessions (so an anonymous caller gets 401, never a
 * login page). The actuator's: health is public, everything else needs a user, and CSRF is
 * ignored so that a script can POST to {@code /actuator/migrations/...}; which user may migrate is
 * checked by the endpoint itself ({@code migrate.endpoint.role}). The API's: GET needs a user,
 * POST needs {@code ADMIN} and a CSRF token from the {@code XSRF-TOKEN} cookie.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(EndpointRequest.toAnyEndpoint()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			// Spring Boot's error page must render for whoever got the error (e.g. a 401).
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/employees/**", "/departments/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// The plain handler: the header carries the cookie's value as it is (no XOR masking).
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new JsonAccessDeniedHandler(json)));
		return http.build();
	}

}
