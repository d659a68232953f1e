package io.migrate.demo;

/**
 * A row of {@code employees}, with the name of its department.
 * @param id the id
 * @param name the name
 * @param salary the salary, or null
 * @param departmentId the id of the employee's department, or null
 * @param department the employee's department ({@code id} and {@code name}), or null
 */
public record Employee(long id, String name, Integer salary, Long departmentId, DepartmentRef department) {

	/**
	 * The department an employee belongs to, as shown with the employee.
	 * @param id the department's id
	 * @param name the department's name
	 */
	public record DepartmentRef(long id, String name) {

	}

	/**
	 * The body of {@code POST /employees}.
	 * @param name required, at most 100 characters
	 * @param salary optional, not negative
	 * @param departmentId optional, the id of an existing department
	 */
	public record New(String name, Integer salary, Long departmentId) {

		/** @throws InvalidInputException naming the first field that is not acceptable */
		void validate() {
			InvalidInputException.requireName(this.name);
			if (this.salary != null && this.salary < 0) {
				throw new InvalidInputException("salary", "must not be negative, got " + this.salary);
			}
		}

	}

}
