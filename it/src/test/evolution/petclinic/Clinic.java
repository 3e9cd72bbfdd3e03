package dev.optionsdeep.migrate.it.parity.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * A clinic: which vet covers each shift, and its rooms by number, both maps on a {@code @OneToMany
 * @JoinColumn}, so their keys are columns of the vets' and rooms' tables.
 */
@Entity
@Table(name = "clinics")
public class Clinic extends NamedEntity {

    @OneToMany
    @JoinColumn(name = "clinic_id")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "shift", length = 16)
    private Map<Shift, Vet> vetOnDuty = new HashMap<>();

    @OneToMany
    @JoinColumn(name = "clinic_id")
    @MapKeyClass(RoomNumber.class)
    private Map<RoomNumber, Room> rooms = new HashMap<>();

    @OneToMany
    @JoinColumn(name = "backup_clinic_id")
    @MapKeyColumn(name = "backup_shift")
    private Map<Shift, Vet> backupBy = new HashMap<>();

    @OneToMany
    @JoinColumn(name = "night_clinic_id")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "room_shift", length = 16)
    private Map<Shift, Room> roomByShift = new HashMap<>();
}
