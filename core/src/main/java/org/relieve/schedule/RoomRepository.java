package org.relieve.schedule;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findAllByOrderByName();

    boolean existsByName(String name);
}
