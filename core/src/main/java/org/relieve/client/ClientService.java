package org.relieve.client;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.LastChanges;
import org.relieve.common.RecordNotFoundException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client registry. The front desk registers clients and keeps their details; therapists and
 * managers read them. Clients are archived, never deleted.
 */
@Service
@Validated
@Transactional
public class ClientService {

    private static final String TARGET = "Client";

    private final ClientRepository clients;
    private final ClientSearch search;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final LastChanges lastChanges;
    private final Clock clock;

    ClientService(ClientRepository clients, ClientSearch search, StaffService staff, AuditTrail auditTrail,
                  LastChanges lastChanges, Clock clock) {
        this.clients = clients;
        this.search = search;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.lastChanges = lastChanges;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    @Transactional(readOnly = true)
    public Page<ClientSummary> search(ClientFilter filter, Pageable page) {
        boolean therapist = staff.currentMember().map(member -> member.hasRole(StaffRole.THERAPIST)).orElse(false);
        return search.search(filter, page, therapist);
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    @Transactional(readOnly = true)
    public ClientDetails get(long id) {
        Client client = load(id);
        return client.toDetails(therapistName(client.getPrimaryTherapistId()));
    }

    @PreAuthorize("hasRole('FRONT_DESK')")
    public ClientDetails register(@Valid ClientDemographics demographics) {
        requireTherapist(demographics.primaryTherapistId());
        Client client = clients.saveAndFlush(new Client(demographics, clock.instant(), currentUsername()));
        auditTrail.record(AuditAction.CREATE, TARGET, client.getId(), client.getId(), null);
        return client.toDetails(therapistName(client.getPrimaryTherapistId()));
    }

    /** Changes the details the editor saw at {@code version}; someone else's change in between is a conflict. */
    @PreAuthorize("hasRole('FRONT_DESK')")
    public ClientDetails update(long id, @Valid ClientDemographics demographics, long version) {
        Client client = loadAt(id, version);
        requireTherapist(demographics.primaryTherapistId());
        client.apply(demographics);
        saveChange(client);
        auditTrail.record(AuditAction.UPDATE, TARGET, id, id, null);
        return client.toDetails(therapistName(client.getPrimaryTherapistId()));
    }

    @PreAuthorize("hasRole('FRONT_DESK')")
    public ClientDetails setArchived(long id, boolean archived, long version) {
        Client client = loadAt(id, version);
        if (archived) {
            client.archive();
        } else {
            client.restore();
        }
        saveChange(client);
        auditTrail.record(AuditAction.UPDATE, TARGET, id, id, archived ? "archived" : "restored");
        return client.toDetails(therapistName(client.getPrimaryTherapistId()));
    }

    /**
     * Makes the therapist the client's primary therapist when the client has none yet (a therapist
     * starting the first intake takes the client on).
     *
     * @return whether the therapist became the primary therapist
     */
    @PreAuthorize("hasRole('THERAPIST')")
    public boolean takeOnIfUnassigned(long clientId) {
        Client client = load(clientId);
        if (client.getPrimaryTherapistId() != null) {
            return false;
        }
        StaffMember therapist = staff.currentMember().orElseThrow();
        client.becomeCaredForBy(therapist.id());
        saveChange(client); // flushed: the care check that follows reads it with SQL
        auditTrail.record(AuditAction.UPDATE, TARGET, clientId, clientId, "primary therapist: " + therapist.username());
        return true;
    }

    private Client load(long id) {
        return clients.findById(id).orElseThrow(() -> new RecordNotFoundException("Client", id));
    }

    /** The client as the editor saw it at {@code version}; a newer version means someone saved in between. */
    private Client loadAt(long id, long version) {
        Client client = load(id);
        if (client.getVersion() != version) {
            throw lastChanges.staleVersion("client", id);
        }
        return client;
    }

    /**
     * Stamps and writes a change. The version check in the update itself catches a save that
     * committed after this transaction read the client: exactly one of two concurrent saves wins.
     */
    private void saveChange(Client client) {
        client.changedBy(currentUsername(), clock.instant());
        try {
            clients.saveAndFlush(client);
        } catch (OptimisticLockingFailureException e) {
            throw lastChanges.staleVersion("client", client.getId());
        }
    }

    private void requireTherapist(Long staffId) {
        if (staffId == null) {
            return;
        }
        boolean isTherapist = staff.withRole(StaffRole.THERAPIST).stream().anyMatch(member -> member.id() == staffId);
        if (!isTherapist) {
            throw new BusinessRuleException("The primary therapist must be an active therapist of the clinic.");
        }
    }

    private String therapistName(Long staffId) {
        return staffId == null ? null : staff.get(staffId).displayName();
    }

    private static String currentUsername() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(authentication -> authentication.getName()).orElse("system");
    }
}
