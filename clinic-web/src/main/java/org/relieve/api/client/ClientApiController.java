package org.relieve.api.client;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.relieve.clinical.ClientProfile;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients: paged search, registration and demographic updates (front desk). */
@RestController
@RequestMapping("/api/clients")
class ClientApiController {

    /** The body of a client update: the demographics plus the version the caller read. */
    record ClientUpdate(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
                        ClientProfile profile, Long primaryTherapistId, LocalDate consentGivenOn,
                        @NotNull(message = "Send the version you read (optimistic locking).") Long version) {

        ClientDemographics demographics() {
            return new ClientDemographics(firstName, lastName, dateOfBirth, email, phone, profile, primaryTherapistId,
                    consentGivenOn);
        }
    }

    private final ClientService clients;

    ClientApiController(ClientService clients) {
        this.clients = clients;
    }

    @GetMapping
    PagedModel<ClientSummary> search(@RequestParam(required = false) String q, Pageable page) {
        return new PagedModel<>(clients.search(ClientFilter.text(q), page));
    }

    @PostMapping
    ResponseEntity<ClientDetails> register(@RequestBody ClientDemographics demographics) {
        ClientDetails created = clients.register(demographics);
        return ResponseEntity.created(URI.create("/api/clients/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ClientDetails get(@PathVariable long id) {
        return clients.get(id);
    }

    @PutMapping("/{id}")
    ClientDetails update(@PathVariable long id, @Valid @RequestBody ClientUpdate update) {
        return clients.update(id, update.demographics(), update.version());
    }
}
