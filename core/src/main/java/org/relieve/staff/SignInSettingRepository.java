package org.relieve.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInSettingRepository extends JpaRepository<SignInSetting, Short> {

    default SignInSetting theOne() {
        return findById(SignInSetting.THE_ONE).orElseThrow(
                () -> new IllegalStateException("The sign_in_setting row is missing (migration V006 adds it)"));
    }
}
