package org.relieve.api;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.relieve.clinical.RuleViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RecordNotFoundException;
import org.relieve.common.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every API error as RFC 9457 problem details with a sentence a person understands: 400 for bad
 * input (with the fields named), 404, 409 for clashes with stored state, 422 for rule refusals,
 * and never a stack trace.
 */
@RestControllerAdvice(basePackages = "org.relieve.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldError(String field, String message) {
    }

    private final ClinicProperties clinic;

    ApiExceptionHandler(ClinicProperties clinic) {
        this.clinic = clinic;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** A stale version names who saved the current one and when ({@code changedBy}, {@code changedAt}). */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        if (e instanceof StaleVersionException stale) {
            stale.changedBy().ifPresent(name -> problem.setProperty("changedBy", name));
            stale.changedAt().ifPresent(at -> problem.setProperty("changedAt", at.atZone(clinic.zone()).toOffsetDateTime()));
        }
        return problem;
    }

    /** A concurrent save that no service translated (a room, an appointment type): still a conflict, not a 500. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentSave(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this after you opened it — reload to see their changes.");
    }

    @ExceptionHandler(InvalidQueryParameterException.class)
    ProblemDetail badQuery(InvalidQueryParameterException e) {
        return validationProblem(List.of(new FieldError(e.parameter(), e.getMessage())));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail refused(BusinessRuleException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by a clinic rule", e.getMessage());
        if (e instanceof RuleViolationException violation && !violation.findings().isEmpty()) {
            problem.setProperties(Map.of("errors", violation.findings().stream()
                    .map(finding -> new FieldError(finding.field(), finding.message())).toList()));
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldError(e.getName(), "'" + e.getValue() + "' is not a valid value.")));
    }

    /**
     * The last line of defence: a value that passed validation but that the database's own checks
     * refuse (a check constraint, a date beyond PostgreSQL's range), or a row that changed under the
     * request. The transaction rolled back, so nothing was saved. Logged, because the field's
     * validation should have said it first.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
        String state = sqlState(e);
        log.warn("The database refused a request that passed validation (SQL state {}): {}", state, e.getMostSpecificCause().getMessage());
        if (state != null && (state.startsWith("22") || state.equals("23514"))) {
            return problem(HttpStatus.BAD_REQUEST, "Bad request",
                    "A value in this request is outside what the clinic's records can hold: check its dates and numbers. Nothing was saved.");
        }
        return problem(HttpStatus.CONFLICT, "Conflict",
                "This clashes with records saved meanwhile — reload and try again. Nothing was saved.");
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error answering an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. Nothing was changed; try again, and tell your administrator if it persists.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(
                new FieldError(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = JsonPaths.describe(databind.getPath());
            boolean nul = databind instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                    && text.indexOf('\u0000') >= 0;
            return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, nul ? NoNulInText.MESSAGE
                    : "This value has the wrong type or is not one of the allowed values."))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request body is not valid JSON."));
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : "Some fields are not valid; see errors.");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /**
     * The property a violation is about, as the JSON names it ({@code steps[2].minutes}), without the
     * method and request-body parameter that method validation puts in front. A violation on a
     * plain parameter (a password, say) is named after the parameter.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int parameter = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameter = i;
            }
        }
        if (parameter >= 0 && parameter == nodes.size() - 1) {
            return nodes.get(parameter).getName();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(parameter + 1, nodes.size())) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
