package org.relieve.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the security firewall refuses before any controller sees them (an encoded NUL, slash or
 * percent sign in the address, say): for the API a 400 problem like every other API error rather
 * than a bare status; elsewhere the plain 400 as before. Picked up by Spring Security as the one
 * {@link RequestRejectedHandler} bean.
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {

    private final RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
    private final JsonMapper json;

    RejectedRequestProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        if (response.isCommitted() || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            plain.handle(request, response, e);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request address contains characters that are not allowed (such as an encoded %, / or NUL).");
        problem.setTitle("Malformed request");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
