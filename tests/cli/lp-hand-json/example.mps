NAME example
* max 3x + 2y s.t. x + y <= 4, x + 3y <= 9, 0 <= x <= 3 (written as min -3x - 2y).
* Optimum x = 3, y = 1, objective -11; duals of r0, r1: -2, 0; reduced cost of x: -1.
ROWS
 N obj
 L r0
 L r1
COLUMNS
 x obj -3 r0 1
 x r1 1
 y obj -2 r0 1
 y r1 3
RHS
 rhs r0 4 r1 9
BOUNDS
 UP bnd x 3
ENDATA
