package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 間接構成員・従業員: a person whose wages are deducted, known to one organisation. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "person_number")
    private String personNumber;
    @Column(name = "employee_number")
    private String employeeNumber;
    @Column(name = "name_kana")
    private String nameKana;
    @Column(name = "name_kanji")
    private String nameKanji;

    protected Person() {
    }

    public Person(Long organizationId, String personNumber, String employeeNumber, String nameKana, String nameKanji) {
        this.organizationId = organizationId;
        this.personNumber = personNumber;
        this.employeeNumber = employeeNumber;
        this.nameKana = nameKana;
        this.nameKanji = nameKanji;
    }

    public Long getId() { return id; }
    public String getPersonNumber() { return personNumber; }
    public String getEmployeeNumber() { return employeeNumber; }
    public String getNameKana() { return nameKana; }
    public String getNameKanji() { return nameKanji; }
}
